e = ExceptionGroup("with notes", [TypeError("t")])
e.add_note("a note on the group")
raise e
