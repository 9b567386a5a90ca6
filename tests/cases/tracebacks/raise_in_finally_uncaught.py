def work():
    try:
        print("working")
        return "result"
    finally:
        raise RuntimeError("cleanup failed")

work()
