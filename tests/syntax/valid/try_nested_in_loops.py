for item in items:
    try:
        try:
            process(item)
        except KeyError:
            continue
        finally:
            log(item)
    except Exception as exc:
        errors.append(exc)
        break
    else:
        done += 1
else:
    finish()
while True:
    try:
        break
    finally:
        pass
