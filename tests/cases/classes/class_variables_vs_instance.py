class Config:
    defaults = {"debug": False}
    level = 1
    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
    def bump(self):
        self.level += 1
        return self.level
    @classmethod
    def bump_class(cls):
        cls.level += 1
        return cls.level
a = Config(debug=True)
b = Config()
print(a.settings, b.settings, Config.defaults)
print(a.bump(), a.bump(), b.level, Config.level)
print(Config.bump_class(), b.level, a.level)
class Sub(Config):
    pass
print(Sub.bump_class(), Sub.level, Config.level, Sub().level)
print("level" in vars(a), "level" in vars(b), "level" in vars(Sub), "level" in vars(Config))
del a.level
print(a.level)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
        self.id = len(self.instances)
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], len(Counter.instances))
