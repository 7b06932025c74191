// Kho kế hoạch thật: every corpus plan, in id order, for the corpus test.
import type { CorpusPlan } from './corpus-plan';
import { CORPUS_01_HUE_SIPAS_2023 } from './01-hue-sipas-2023.fixture';
import { CORPUS_02_HA_NOI_PAR_SIPAS_PAPI_2024 } from './02-ha-noi-par-sipas-papi-2024.fixture';
import { CORPUS_03_SON_LA_DTI_2023 } from './03-son-la-dti-2023.fixture';
import { CORPUS_04_THAI_BINH_DDCI_2024 } from './04-thai-binh-ddci-2024.fixture';
import { CORPUS_05_NGHE_AN_DDCI_2022 } from './05-nghe-an-ddci-2022.fixture';
import { CORPUS_06_BINH_DUONG_PAR_2018 } from './06-binh-duong-par-2018.fixture';
import { CORPUS_07_LONG_PHUNG_CCHC_2025 } from './07-long-phung-cchc-2025.fixture';
import { CORPUS_08_DINH_HUNG_CCHC_2025 } from './08-dinh-hung-cchc-2025.fixture';
import { CORPUS_09_HUNG_THINH_CCHC_2025 } from './09-hung-thinh-cchc-2025.fixture';
import { CORPUS_10_KHOAI_CHAU_PAPI_2022 } from './10-khoai-chau-papi-2022.fixture';
import { CORPUS_11_DAK_RLAP_DTI_2023 } from './11-dak-rlap-dti-2023.fixture';
import { CORPUS_12_TINH_TRA_DTI_2024 } from './12-tinh-tra-dti-2024.fixture';
import { CORPUS_13_CAN_THO_PAR_SIPAS_PAPI_2025 } from './13-can-tho-par-sipas-papi-2025.fixture';
import { CORPUS_14_BA_RIA_VUNG_TAU_PAPI_2017 } from './14-ba-ria-vung-tau-papi-2017.fixture';

/** Các kế hoạch của kho, theo số thứ tự. */
export const CORPUS_PLANS: readonly CorpusPlan[] = [
  CORPUS_01_HUE_SIPAS_2023,
  CORPUS_02_HA_NOI_PAR_SIPAS_PAPI_2024,
  CORPUS_03_SON_LA_DTI_2023,
  CORPUS_04_THAI_BINH_DDCI_2024,
  CORPUS_05_NGHE_AN_DDCI_2022,
  CORPUS_06_BINH_DUONG_PAR_2018,
  CORPUS_07_LONG_PHUNG_CCHC_2025,
  CORPUS_08_DINH_HUNG_CCHC_2025,
  CORPUS_09_HUNG_THINH_CCHC_2025,
  CORPUS_10_KHOAI_CHAU_PAPI_2022,
  CORPUS_11_DAK_RLAP_DTI_2023,
  CORPUS_12_TINH_TRA_DTI_2024,
  CORPUS_13_CAN_THO_PAR_SIPAS_PAPI_2025,
  CORPUS_14_BA_RIA_VUNG_TAU_PAPI_2017,
];
