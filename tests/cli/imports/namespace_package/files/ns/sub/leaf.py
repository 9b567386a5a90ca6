print('leaf runs', __name__, __package__)
