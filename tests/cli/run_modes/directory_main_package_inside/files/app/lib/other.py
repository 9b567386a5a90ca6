print('other', __name__)
