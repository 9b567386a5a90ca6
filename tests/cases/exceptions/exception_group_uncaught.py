errors = []
for value in ["1", "x", "3", "y"]:
    try:
        int(value)
    except ValueError as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("conversion failures", errors)
