import sys
for attempt in (1, 2):
    try:
        import bad
    except ValueError as e:
        print(attempt, "ValueError", e, "bad" in sys.modules)
import bad
