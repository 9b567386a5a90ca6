(yield_name, super(), __class__, (lambda: (yield)))
