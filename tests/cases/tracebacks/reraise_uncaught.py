def attempt():
    try:
        {}["needed"]
    except KeyError:
        print("logging and re-raising")
        raise

attempt()
