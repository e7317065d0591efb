"""What the limits scripts share: run one case, print FAIL with the reason."""
import sys
import traceback


def run(case):
    """Runs case(); exits 0 on success, 1 with "FAIL: ..." on any exception."""
    try:
        case()
    except Exception as e:  # noqa: BLE001 - every client error is a failure
        traceback.print_exc()
        print("FAIL: %s" % e, flush=True)
        sys.exit(1)
