items = {"a": 1}
result = (items
          .get("a")
          .bit_length()
          .missing_method())
