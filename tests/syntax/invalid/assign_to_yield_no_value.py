def gen():
    x = yield item =
