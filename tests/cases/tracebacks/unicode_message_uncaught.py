for text in ["ascii only", "café", "日本語", "emoji 😀", "mixed ü and \u00e9"]:
    e = ValueError(text)
    print(len(str(e)), str(e), repr(e), ascii(str(e)))
name = "Zoë"
print("hello", name)
raise RuntimeError(f"échec pour {name} — 失敗 😞")
