raise
raise ValueError
raise ValueError("bad")
raise RuntimeError from exc
raise RuntimeError("x") from None
raise (a or b)
