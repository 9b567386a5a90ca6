e = ValueError("first line\nsecond line")
e.add_note("note line 1\nnote line 2")
raise ExceptionGroup("group\nmessage", [e])
