# A failing attrgetter chain, left uncaught.
import operator as op


class Config:
    def __init__(self):
        self.db = type("DB", (), {"host": "localhost", "port": 5432})()


get = op.attrgetter("db.host", "db.port")
cfg = Config()
print("host and port", get(cfg))
print("itemgetter on result", op.itemgetter(1)(get(cfg)))
print("getter", repr(op.attrgetter("db.user")))
print(op.attrgetter("db.user")(cfg))
print("not reached")
