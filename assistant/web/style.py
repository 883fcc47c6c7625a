"""The web app's style sheet, kept out of web.py so the layout code stays readable."""

CSS = """
.sk-notice {border:1px solid #d4a72c; background:#fff8c5; border-radius:8px; padding:8px 12px; font-size:14px}
.sk-sources {display:flex; flex-direction:column; gap:10px; max-height:560px; overflow-y:auto}
.sk-card {border:1px solid #d0d7de; border-radius:8px; padding:10px 12px; background:#fff}
.sk-head {font-size:15px} .sk-n {color:#0969da; font-weight:700}
.sk-meta {color:#57606a; font-size:13px; margin:2px 0 6px}
.sk-text {white-space:pre-wrap; font-size:14px; line-height:1.55; max-height:220px; overflow-y:auto}
.sk-text mark {background:#fff3a3; padding:0 1px; border-radius:2px}
.sk-file {color:#8c959f; font-size:12px; margin-top:6px}
.sk-empty, .sk-warn {color:#57606a; padding:12px}
.sk-class {width:100%; border-collapse:collapse}
.sk-class td, .sk-class th {border-bottom:1px solid #eee; padding:6px; vertical-align:top; text-align:left}
.sk-class ul {margin:0; padding-left:16px; font-size:12px}
.sk-bar {background:#eee; border-radius:4px; height:10px; width:120px; margin-bottom:2px}
.sk-bar > div {background:#2da44e; height:10px; border-radius:4px}
.sk-review {background:#fff1e5; color:#bc4c00; padding:2px 6px; border-radius:10px; font-size:12px;
  white-space:nowrap}
.sk-ok {color:#2da44e}
.sk-crosswalk {margin-top:8px}
.sk-notice {color:#9a3412; background:#fff7ed; border:1px solid #fdba74; border-radius:6px; padding:6px 10px;
  font-size:14px}
#sk-library td, #sk-library th, #sk-library span {font-family:var(--font)}
"""
