try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception:
    raise
else:
    ok = True
finally:
    cleanup()
try:
    pass
except (A, B):
    pass
try:
    x
except a.b.Error as err: pass
