"""Operating-system errors in Dutch: the C library's texts (``strerror``) are English."""

from __future__ import annotations

import errno

_DUTCH = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EEXIST: "het bestand bestaat al",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ENOTEMPTY: "de map is niet leeg",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.EMFILE: "te veel open bestanden",
    errno.ELOOP: "te veel symbolische koppelingen (een kring?)",
    errno.EIO: "invoer- of uitvoerfout van de schijf",
    errno.EXDEV: "verplaatsen tussen twee schijven kan niet",
    errno.EINVAL: "ongeldige naam of bewerking",
}


def describe_os_error(exc: OSError) -> str:
    """What went wrong, in Dutch, with the file it concerns when the error names one."""
    what = _DUTCH.get(exc.errno or -1, "de bewerking is mislukt")
    if exc.filename is not None:
        return f"{what} ({exc.filename})"
    return what
