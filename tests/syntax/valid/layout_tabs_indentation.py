def f(x):
	if x:
		return 1
	else:
		for i in x:
			pass
	return 2
