name = "Zoë"
print("hello", name)
raise RuntimeError(f"échec pour {name} — 失敗 😞")
