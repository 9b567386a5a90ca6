problems = ["missing name", "age must be positive", "email invalid"]
print(len(problems), "problems")
raise ValueError("validation failed:\n" + "\n".join("  - " + p for p in problems))
