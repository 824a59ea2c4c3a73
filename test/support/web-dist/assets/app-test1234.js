document.getElementById("root").textContent = "PTC";
