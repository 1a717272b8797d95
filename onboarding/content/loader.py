"""YAML text -> content model. STUB: the contract other layers code against.

load_pack(folder) -> Pack             raises PackError with every problem of every file
load_pack_text(files, root="")       files: {source_name: yaml_text}, 'pack.yaml' plus one per
                                      chapter; the same checks without touching the disk
                                      (except asset existence, checked only when root is set)
validate(folder) -> list[Problem]     never raises for bad content
"""
