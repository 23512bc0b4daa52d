"""The rules: each finds one kind of personal detail among the tokens and claims it.

``storage.redact.redact`` runs them in the order they claim tokens: disguised e-mail
addresses, identity numbers, dates, ages, introduced names, addresses, other names, places,
numbers, towns. Each rule visits only the tokens that can start it and looks at a bounded
number of tokens around each.
"""
