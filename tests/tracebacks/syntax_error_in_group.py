try:
    compile("x = = 1", "snippet.py", "exec")
except SyntaxError as e:
    err = e
raise ExceptionGroup("compile errors", [err])
