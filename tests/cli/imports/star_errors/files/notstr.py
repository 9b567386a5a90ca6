__all__ = ['ok', 1]
ok = 1
