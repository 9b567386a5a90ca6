total = 0
if True: total += None
