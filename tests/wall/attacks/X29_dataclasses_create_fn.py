# family: wall (dataclasses' code generator, allowed to exec, driven by hand)   goal: id
import random
import dataclasses  # named, so that it is loaded before the run and the guard is what stops it
fn = dataclasses._create_fn("f", [], ["import os", "os.system('id')"], globals={})
fn()
