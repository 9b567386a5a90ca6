class BadNote:
    def __str__(self):
        raise RuntimeError


e = ValueError("v")
e.__notes__ = ["ok note", BadNote(), "last"]
raise e
