try:
    risky()
print('done')
