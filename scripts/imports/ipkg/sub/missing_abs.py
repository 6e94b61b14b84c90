import ipkg.sub.no_such_thing
