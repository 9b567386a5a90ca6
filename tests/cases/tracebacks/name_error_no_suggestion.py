print("start")
print(completely_unknown_identifier_xyz)
