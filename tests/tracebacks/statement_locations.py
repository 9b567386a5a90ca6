d = {}
if d: pass
else: del d["k"]
