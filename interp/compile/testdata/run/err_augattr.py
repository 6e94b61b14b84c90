class Account:
    def __init__(self):
        self.balance = None
acct = Account()
acct.balance += 10
