def fail():
    raise ValueError("boom")


fail()
