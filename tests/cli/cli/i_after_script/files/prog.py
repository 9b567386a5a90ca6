x = 21
print('script ran')
