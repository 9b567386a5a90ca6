config = {"servers": [{"name": "a"}]}
port = config["servers"][0]["port"]
