source = "def f():\n    return (1,\n"
compile(source, "<generated>", "exec")
