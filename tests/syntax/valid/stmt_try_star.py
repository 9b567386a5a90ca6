try:
    pass
except* ValueError:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError) as eg:
    pass
else:
    pass
finally:
    pass
try:
    raise ExceptionGroup("g", [ValueError()])
except *ValueError:
    pass
except  *  OSError as e:
    pass
