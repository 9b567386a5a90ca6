print('my-mod runs', __name__)
