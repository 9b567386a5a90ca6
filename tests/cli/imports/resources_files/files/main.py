from importlib.resources import files
root = files("pkg")
print(root.joinpath("data.txt").read_text().splitlines())
print((root / "sub" / "blob.bin").read_bytes())
print(root.joinpath("data.txt").is_file(), root.joinpath("sub").is_dir())
print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"))
import pkg
print(files(pkg).joinpath("data.txt").name)
