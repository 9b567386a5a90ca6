def connect(host, port):
    raise ConnectionError(f"cannot reach {host}:{port}")


def main():
    connection = connect(
        host="example.invalid",
        port=80,
    )
    return connection


main()
