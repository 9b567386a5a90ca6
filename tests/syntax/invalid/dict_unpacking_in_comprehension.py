merged = {**m for m in maps}
