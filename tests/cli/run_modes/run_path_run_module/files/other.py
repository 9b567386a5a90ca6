RESULT = __name__ + ' ' + str(GIVEN if 'GIVEN' in globals() else None)
print('other runs as', __name__)
