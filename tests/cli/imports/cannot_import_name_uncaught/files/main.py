from helpers import one, two
