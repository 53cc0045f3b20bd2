// Package entry. n8n loads the node and credential from the "n8n" section of package.json;
// this file only gives `require('n8n-nodes-huaweicloud-ocr')` something harmless to return.
module.exports = {};
