class Config:
    name = "app"
    size = len(name) + undefined_name
