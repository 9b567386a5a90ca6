class MyGroup(ExceptionGroup):
    def __str__(self):
        return "custom group str"
e = MyGroup("m", [ValueError("a\nb")])
e.add_note("n1\n")
raise e
