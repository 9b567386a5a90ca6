d = {'key':}
