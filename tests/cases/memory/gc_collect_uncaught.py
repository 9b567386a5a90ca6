# gc.collect() with a generation that is not an int dies with TypeError.
import gc

print("valid", gc.collect(0) >= 0)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError", e)
print("about to pass a string")
gc.collect("full")
print("not reached")
